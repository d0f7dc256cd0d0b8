package org.rhetoriclake.core.entities;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Does a word have the shape of a person's name? Used by the {@link MentionBuilder} rules that promote an
 * untagged word to PERSON from its context (after a role title, before a speaker colon), so that context
 * alone never turns an ordinary word into a person: the word must also look like a name.
 *
 * <p>A Chinese name is a surname and a one- or two-character given name. The surnames below are the common
 * ones (the few hundred that cover nearly all of the population, in simplified and traditional forms), not
 * names from any article. A transliterated foreign name is recognised by its middle dot ({@code 约翰·米勒}),
 * the convention of Chinese news; undotted transliterations ({@code 伯恩斯}) are left to the tagger, which
 * knows them well.
 */
public final class ChineseNames {
    private static final String SINGLE =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
            + "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
            + "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
            + "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞"
            + "敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花"
            + "权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘"
            + "亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉"
            + "植衡富尧闭由言习"
            // traditional forms of the common surnames that differ
            + "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龍陶賀顧龔邵萬錢嚴湯溫樊葛齊喬龐顏聶莊魯"
            + "詹歐關蘭焦寧紀畢單蓋駱藍靳鮑華蒲饒繆簡車項連蘆婁竇費衛臧閔鄔邊師欒隋榮鞏鄺譚鄢勞諶藺樓滿聞厲區闞"
            + "權帥屠練廉漆豐計晉門雲塗閆";

    private static final Set<Integer> SINGLE_SURNAMES = SINGLE.codePoints().boxed().collect(Collectors.toUnmodifiableSet());

    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫",
            "令狐", "慕容", "长孙", "長孫", "宇文", "司徒", "夏侯", "轩辕", "軒轅", "端木", "澹台", "独孤", "獨孤", "南宫",
            "南宮", "西门", "西門", "呼延", "万俟", "萬俟", "闻人", "聞人", "申屠", "钟离", "鍾離", "公冶", "太史", "濮阳",
            "濮陽", "单于", "單于", "赫连", "赫連", "范姜", "张简", "張簡", "司空", "第五");

    private ChineseNames() {
    }

    /**
     * True when {@code word} has the shape of a personal name: a common surname and a one- or two-character
     * given name (two or three after a compound surname), all Han characters; or a transliteration whose
     * parts are joined by a middle dot.
     */
    static boolean looksLikeName(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        if (hasMiddleDot(word)) {
            return looksLikeTransliteration(word);
        }
        int n = word.codePointCount(0, word.length());
        if (!allHan(word)) {
            return false;
        }
        int first = word.codePointAt(0);
        if ((n == 2 || n == 3) && SINGLE_SURNAMES.contains(first)) {
            return true;
        }
        return (n == 3 || n == 4) && COMPOUND_SURNAMES.contains(word.substring(0, word.offsetByCodePoints(0, 2)));
    }

    /**
     * True when {@code text} starts with a common surname (a compound one followed by at least one more
     * character). What tells a credited name ({@code 记者 王五}) from prose ({@code 记者了解到}).
     */
    public static boolean startsWithSurname(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (text.codePointCount(0, text.length()) >= 3
                && COMPOUND_SURNAMES.contains(text.substring(0, text.offsetByCodePoints(0, 2)))) {
            return true;
        }
        return SINGLE_SURNAMES.contains(text.codePointAt(0));
    }

    private static boolean looksLikeTransliteration(String word) {
        String[] parts = word.split("[·•・‧]", -1);
        if (parts.length < 2 || word.codePointCount(0, word.length()) > 20) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !allHan(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMiddleDot(String s) {
        return s.indexOf('·') >= 0 || s.indexOf('•') >= 0 || s.indexOf('・') >= 0 || s.indexOf('‧') >= 0;
    }

    static boolean allHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(ChineseNames::isHan);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
