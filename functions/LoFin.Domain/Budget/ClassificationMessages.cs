namespace LoFin.Domain.Budget;

/// <summary>
/// What a parse failure says to the official who typed or imported the code. Korean, because
/// it reaches officials verbatim (problem details, CSV import reports); each message names
/// the expected format with a real example so the fix is obvious. The caller's text is quoted
/// in parentheses after a fixed word, so every particle (이/가, 은/는) follows that word, never
/// the input, whose last sound is unknown.
/// </summary>
internal static class ClassificationMessages
{
    public static string FiscalAccount(string? text) =>
        $"회계 코드가 올바르지 않습니다 ({CodeText.Quote(text)}). 3자리 숫자로, 100(일반회계), 201~299(공기업특별회계), 301~399(기타특별회계), 401~499(기금) 중 하나여야 합니다.";

    public static string FunctionalField(string? text) =>
        $"분야 코드가 올바르지 않습니다 ({CodeText.Quote(text)}). 기능별 분류의 3자리 분야 코드여야 합니다 (예: 080 사회복지, 050 교육).";

    public static string FunctionalSector(string? text) =>
        $"부문 코드가 올바르지 않습니다 ({CodeText.Quote(text)}). 분야 코드의 앞 두 자리로 시작하는 3자리 부문 코드여야 합니다 (예: 081 기초생활보장은 080 사회복지 분야).";

    public static string SectorOutsideField(FunctionalSector sector, FunctionalField field) =>
        $"이 부문({sector})은 분야({field})에 속하지 않습니다. 부문 코드의 앞 두 자리가 분야 코드와 같아야 합니다.";

    public static string ProgramId(string level, string? text, int maxLength) =>
        $"{level} ID가 올바르지 않습니다 ({CodeText.Quote(text)}). 영문자, 숫자, 하이픈(-)으로 된 1~{maxLength}자여야 합니다.";

    public static string Department(string? text) =>
        $"부서 코드가 올바르지 않습니다 ({CodeText.Quote(text)}). 행정표준코드의 7자리 기관코드여야 합니다 (예: 6110000).";

    public static string BudgetItem(string? text) =>
        $"편성목 코드가 올바르지 않습니다 ({CodeText.Quote(text)}). 100~800번대의 3자리 숫자여야 합니다 (예: 201 일반운영비).";

    public static string StatisticalItem(string? text) =>
        $"통계목 코드가 올바르지 않습니다 ({CodeText.Quote(text)}). 'NNN-NN' 형식이어야 합니다 (예: 201-01 사무관리비).";

    public static string RevenueCode(string? text) =>
        $"세입과목 코드가 올바르지 않습니다 ({CodeText.Quote(text)}). 항 3자리와 목 2자리로 된 'NNN-NN' 형식이어야 하고, 항의 첫 자리는 장(1~7), 둘째 자리는 관(1~9)입니다 (예: 111-01).";

    public static string FiscalYear(int year) =>
        $"회계연도가 올바르지 않습니다 ({year}). 2000년부터 2999년 사이여야 합니다.";

    public static string BudgetLineKey(string? text) =>
        $"예산 과목 키가 올바르지 않습니다 ({CodeText.Quote(text)}). '회계연도/회계/부서/세부사업/통계목' 형식이어야 합니다 (예: 2026/100/6110000/D-0001/201-01).";

    public static string BudgetLineKeyPart(string? text, string problem) =>
        $"예산 과목 키 {CodeText.Quote(text)}: {problem}";

    public const string NegativeFundingShare = "재원별 금액은 0원 이상이어야 합니다.";

    public const string FundingTotalTooLarge = "재원별 금액의 합계가 너무 큽니다.";
}
