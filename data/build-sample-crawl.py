#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build data/sample-web/crawl/sample-crawl.warc.gz from the saved sample pages.

Usage: python3 data/sample-web/build-crawl.py

Python 3 standard library only. The output is deterministic: record ids are uuid5 values from a fixed
namespace, every date is fixed, and the gzip members are written by hand (no file name, mtime 0), so a
rebuild gives the same bytes (given the same zlib).

The file is WARC 1.1, one gzip member per record. Everything in it is invented: the hosts are
example.org / example.com names, the crawl never happened, and the payloads are the project's own sample
pages from data/sample-web/pages/. Records, in file order:

  1. warcinfo
  2. response  301 http://news.example.org/...  ->  https://news.example.org/... (page A)
  3. request   page A
  4. response  page A, 200, Content-Type with charset=utf-8, body sent with Content-Encoding: gzip
  5. request   page B
  6. response  page B, 200, Content-Type without a charset (the page declares gb2312 in a meta tag and
               is GB18030 bytes), body sent with Transfer-Encoding: chunked
  7. response  404 for a removed page (a small HTML error page)
  8. response  image/png (a 1x1 PNG), the image of page A
  9. response  page A captured again a week later: identical payload, later WARC-Date (a duplicate)
 10. revisit   page A a week after that, profile identical-payload-digest, refers to record 4

WARC-Block-Digest is the SHA-1 of the whole block; WARC-Payload-Digest is the SHA-1 of the HTTP
entity body: after removing the chunked transfer coding, but still gzip-compressed where the server used
Content-Encoding (as RFC 2616 defines the entity body). Both are base32, prefixed "sha1:".
"""

import base64
import hashlib
import struct
import uuid
import zlib
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent / "sample-web"
PAGES = HERE / "pages"
OUT = HERE / "crawl" / "sample-crawl.warc.gz"

# Fixed namespace for the record ids: uuid5(NAMESPACE, a name that says what the record is).
NAMESPACE = uuid.UUID("5d0c8a3e-7f21-4b6a-9e4d-2c61f0a9b7e3")

USER_AGENT = "RhetoricLakeSampleBot/1.0 (+https://news.example.org/bot.html)"

PAGE_A = "2025-01-16_scholars-dialogue-transition.html"
URI_A = "https://news.example.org/china-us/2025/01/16/scholars-dialogue-transition.html"
URI_A_HTTP = "http://news.example.org/china-us/2025/01/16/scholars-dialogue-transition.html"
IP_A = "192.0.2.10"

PAGE_B = "2024-12-21_taiwan-arms-sale-reaction.html"
URI_B = "https://intl.example.com/a/20241221/taiwan-arms-sale-reaction.shtml"
IP_B = "198.51.100.23"

URI_404 = "https://news.example.org/china-us/2024/08/30/page-removed.html"
URI_PNG = "https://news.example.org/images/2025/01/16/dialogue.png"


# ---------------------------------------------------------------------------------------------- helpers

def gzip_member(data: bytes) -> bytes:
    """One gzip member with a fixed header (no name, mtime 0, XFL 2, OS 255), so the bytes are stable."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    body = deflate.compress(data) + deflate.flush()
    header = b"\x1f\x8b\x08\x00" + b"\x00\x00\x00\x00" + b"\x02\xff"
    return header + body + struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(name: str) -> str:
    return "<urn:uuid:%s>" % uuid.uuid5(NAMESPACE, name)


def at(y, mo, d, h, mi, s) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def warc_date(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(t: datetime) -> str:
    return format_datetime(t, usegmt=True)


def http_head(start_line: str, headers: list) -> bytes:
    lines = [start_line] + ["%s: %s" % (k, v) for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def chunked(data: bytes, size: int = 4096) -> bytes:
    out = bytearray()
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    out += b"0\r\n\r\n"
    return bytes(out)


def warc_record(warc_type: str, name: str, date: datetime, fields: list, block: bytes,
                content_type: str) -> bytes:
    """A WARC/1.1 record: header, block, CRLF CRLF. Content-Length is the exact block length."""
    header = [
        ("WARC-Type", warc_type),
        ("WARC-Record-ID", record_id(name)),
        ("WARC-Date", warc_date(date)),
    ] + fields + [
        ("WARC-Block-Digest", sha1_b32(block)),
        ("Content-Type", content_type),
        ("Content-Length", str(len(block))),
    ]
    text = "WARC/1.1\r\n" + "".join("%s: %s\r\n" % (k, v) for k, v in header) + "\r\n"
    return text.encode("utf-8") + block + b"\r\n\r\n"


def png_1x1() -> bytes:
    """A valid 1x1 8-bit greyscale PNG (a few dozen bytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\xc8", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def request_block(uri: str) -> bytes:
    scheme, rest = uri.split("://", 1)
    host, _, path = rest.partition("/")
    return http_head("GET /%s HTTP/1.1" % path, [
        ("Host", host),
        ("User-Agent", USER_AGENT),
        ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
        ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"),
        ("Accept-Encoding", "gzip"),
        ("Connection", "close"),
    ])


# ---------------------------------------------------------------------------------------------- records

def build() -> list:
    page_a = (PAGES / PAGE_A).read_bytes()
    page_b = (PAGES / PAGE_B).read_bytes()
    page_a_gz = gzip_member(page_a)

    records = []

    # 1. warcinfo
    t0 = at(2025, 3, 10, 8, 0, 0)
    info = "\r\n".join([
        "software: build-crawl.py (Rhetoric Lake sample data, python3 standard library)",
        "format: WARC File Format 1.1",
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "isPartOf: rhetoric-lake-sample-web",
        "http-header-user-agent: " + USER_AGENT,
        "description: Hand-built sample crawl of invented news pages on example.org and example.com"
        " hosts. Not a real capture; every page is original text written for the project.",
    ]) + "\r\n"
    records.append(warc_record("warcinfo", "warcinfo", t0,
                               [("WARC-Filename", OUT.name)], info.encode("utf-8"),
                               "application/warc-fields"))
    info_id = record_id("warcinfo")

    def response(name, t, uri, ip, status_line, headers, body, payload, extra=()):
        block = http_head(status_line, headers) + body
        return warc_record("response", name, t, [
            ("WARC-Target-URI", uri),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-IP-Address", ip),
            ("WARC-Payload-Digest", sha1_b32(payload)),
        ] + list(extra), block, "application/http;msgtype=response")

    def request(name, t, uri, ip, concurrent_to):
        return warc_record("request", name, t, [
            ("WARC-Target-URI", uri),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-IP-Address", ip),
            ("WARC-Concurrent-To", record_id(concurrent_to)),
        ], request_block(uri), "application/http;msgtype=request")

    # 2. 301: the http:// address of page A redirects to https://
    t = at(2025, 3, 10, 8, 0, 5)
    body_301 = ("<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
                "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n"
                "</body>\r\n</html>\r\n").encode("ascii")
    records.append(response("response/301/a-http", t, URI_A_HTTP, IP_A, "HTTP/1.1 301 Moved Permanently", [
        ("Server", "nginx"),
        ("Date", http_date(t)),
        ("Content-Type", "text/html"),
        ("Content-Length", str(len(body_301))),
        ("Connection", "close"),
        ("Location", URI_A),
    ], body_301, body_301))

    # 3-4. page A: charset in the header, gzip content coding
    t_a = at(2025, 3, 10, 8, 0, 6)

    def headers_a(t):
        return [
            ("Server", "nginx"),
            ("Date", http_date(t)),
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(page_a_gz))),
            ("Connection", "close"),
            ("Vary", "Accept-Encoding"),
            ("Last-Modified", http_date(at(2025, 1, 16, 8, 20, 0))),
            ("Cache-Control", "max-age=300"),
            ("Content-Encoding", "gzip"),
        ]

    records.append(request("request/a/2025-03-10", t_a, URI_A, IP_A, "response/a/2025-03-10"))
    records.append(response("response/a/2025-03-10", t_a, URI_A, IP_A, "HTTP/1.1 200 OK",
                            headers_a(t_a), page_a_gz, page_a_gz,
                            [("WARC-Concurrent-To", record_id("request/a/2025-03-10"))]))

    # 5-6. page B: no charset in the header (the page says gb2312, the bytes are GB18030), chunked
    t_b = at(2025, 3, 10, 8, 0, 9)
    records.append(request("request/b/2025-03-10", t_b, URI_B, IP_B, "response/b/2025-03-10"))
    records.append(response("response/b/2025-03-10", t_b, URI_B, IP_B, "HTTP/1.1 200 OK", [
        ("Server", "Apache"),
        ("Date", http_date(t_b)),
        ("Content-Type", "text/html"),
        ("Transfer-Encoding", "chunked"),
        ("Connection", "close"),
        ("X-Cache", "MISS from edge-03"),
    ], chunked(page_b), page_b, [("WARC-Concurrent-To", record_id("request/b/2025-03-10"))]))

    # 7. 404
    t = at(2025, 3, 10, 8, 0, 12)
    body_404 = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\">"
                "<title>页面不存在 - 东岸新闻网</title></head>\n<body>\n<h1>404</h1>\n"
                "<p>抱歉，您访问的页面不存在或已被删除。</p>\n"
                "<p><a href=\"https://news.example.org/\">返回首页</a></p>\n</body>\n</html>\n").encode("utf-8")
    records.append(response("response/404", t, URI_404, IP_A, "HTTP/1.1 404 Not Found", [
        ("Server", "nginx"),
        ("Date", http_date(t)),
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(len(body_404))),
        ("Connection", "close"),
    ], body_404, body_404))

    # 8. image/png
    t = at(2025, 3, 10, 8, 0, 14)
    png = png_1x1()
    records.append(response("response/png", t, URI_PNG, IP_A, "HTTP/1.1 200 OK", [
        ("Server", "nginx"),
        ("Date", http_date(t)),
        ("Content-Type", "image/png"),
        ("Content-Length", str(len(png))),
        ("Connection", "close"),
        ("Accept-Ranges", "bytes"),
    ], png, png))

    # 9. page A again a week later: the same payload bytes, a later WARC-Date (a duplicate capture)
    t_a2 = at(2025, 3, 17, 8, 0, 6)
    records.append(response("response/a/2025-03-17", t_a2, URI_A, IP_A, "HTTP/1.1 200 OK",
                            headers_a(t_a2), page_a_gz, page_a_gz))

    # 10. page A a week after that, written as a revisit of record 4: HTTP headers only
    t_a3 = at(2025, 3, 24, 8, 0, 6)
    records.append(warc_record("revisit", "revisit/a/2025-03-24", t_a3, [
        ("WARC-Target-URI", URI_A),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-IP-Address", IP_A),
        ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
        ("WARC-Refers-To", record_id("response/a/2025-03-10")),
        ("WARC-Refers-To-Target-URI", URI_A),
        ("WARC-Refers-To-Date", warc_date(t_a)),
        ("WARC-Payload-Digest", sha1_b32(page_a_gz)),
    ], http_head("HTTP/1.1 200 OK", headers_a(t_a3)), "application/http;msgtype=response"))

    return records


def main() -> None:
    records = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as f:
        for r in records:
            f.write(gzip_member(r))
    print("wrote %s: %d records, %d bytes" % (OUT, len(records), OUT.stat().st_size))


if __name__ == "__main__":
    main()
