namespace LoFin.Domain.Budget;

/// <summary>
/// The 기능별 분류 of expenditure (분야 → 부문) from the 지방자치단체 예산편성 운영기준, with
/// Korean names. The 분야 list is national and fixed, so a 분야 code outside it is refused;
/// the 부문 list here holds the common ones (names to check against the year's 운영기준), and a
/// 부문 not in it is still accepted when its 분야 exists. Note 050 is 교육 and 080 is 사회복지.
/// </summary>
public static class FunctionalClassificationCatalogue
{
    // Plain dictionaries: FrozenDictionary lives in System.Collections.Immutable, which the domain does not reference.
    public static readonly IReadOnlyDictionary<int, string> FieldNames = new Dictionary<int, string>
    {
        [10] = "일반공공행정",
        [20] = "공공질서및안전",
        [50] = "교육",
        [60] = "문화및관광",
        [70] = "환경",
        [80] = "사회복지",
        [90] = "보건",
        [100] = "농림해양수산",
        [110] = "산업·중소기업및에너지",
        [120] = "교통및물류",
        [140] = "국토및지역개발",
        [150] = "과학기술",
        [160] = "예비비",
        [900] = "기타",
    };

    public static readonly IReadOnlyDictionary<int, string> SectorNames = new Dictionary<int, string>
    {
        [11] = "입법및선거관리",
        [13] = "지방행정·재정지원",
        [14] = "재정·금융",
        [16] = "일반행정",
        [23] = "경찰",
        [25] = "재난방재·민방위",
        [26] = "소방",
        [51] = "유아및초중등교육",
        [52] = "고등교육",
        [53] = "평생·직업교육",
        [61] = "문화예술",
        [62] = "관광",
        [63] = "체육",
        [64] = "문화재",
        [65] = "문화및관광일반",
        [71] = "상하수도·수질",
        [72] = "폐기물",
        [73] = "대기",
        [74] = "자연",
        [75] = "해양",
        [76] = "환경일반",
        [81] = "기초생활보장",
        [82] = "취약계층지원",
        [84] = "보육·가족및여성",
        [85] = "노인·청소년",
        [86] = "노동",
        [87] = "보훈",
        [88] = "주택",
        [89] = "사회복지일반",
        [91] = "보건의료",
        [93] = "식품의약안전",
        [101] = "농업·농촌",
        [102] = "임업·산촌",
        [103] = "해양수산·어촌",
        [111] = "산업금융지원",
        [112] = "산업기술지원",
        [113] = "무역및투자유치",
        [114] = "산업진흥·고도화",
        [115] = "에너지및자원개발",
        [116] = "산업·중소기업일반",
        [121] = "도로",
        [122] = "도시철도",
        [123] = "해운·항만",
        [124] = "항공·공항",
        [125] = "대중교통·물류등기타",
        [141] = "수자원",
        [142] = "지역및도시",
        [143] = "산업단지",
        [151] = "기술개발",
        [152] = "과학기술연구지원",
        [153] = "과학기술일반",
        [161] = "예비비",
        [900] = "기타",
    };
}
