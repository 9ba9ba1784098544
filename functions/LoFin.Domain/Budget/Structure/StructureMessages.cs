namespace LoFin.Domain.Budget.Structure;

/// <summary>Korean messages of the structure rules; each says what to change.</summary>
internal static class StructureMessages
{
    public static string DuplicateLine(BudgetLineKey key, int firstIndex) =>
        $"같은 예산 과목({key})이 {firstIndex + 1}번째 과목과 중복됩니다. 회계·부서·세부사업·통계목의 조합은 한 번만 나와야 합니다.";

    public static string DuplicateRevenue(FiscalAccount account, RevenueCode code, int firstIndex) =>
        $"같은 세입과목({account} {code})이 {firstIndex + 1}번째 과목과 중복됩니다.";

    public static string OtherYear(int year, int expected) =>
        $"회계연도({year})가 편성 중인 {expected}년도와 다릅니다.";

    public static string ParentDiffers(string level, string id, string parentLevel, string first, string here) =>
        $"{level} '{id}'의 {parentLevel}이(가) 앞선 과목({first})과 다릅니다({here}). 한 {level}은(는) 하나의 {parentLevel}에만 속합니다.";

    public static string NameDiffers(string level, string id, string first) =>
        $"{level} '{id}'의 이름이 앞선 과목('{first}')과 다릅니다. 같은 코드에는 같은 이름을 쓰세요.";

    public static string NameRequired(string level, int maxLength) =>
        $"{level}을(를) 1~{maxLength}자로 입력하세요.";

    public static string AccountNotDefined(FiscalAccount account) =>
        $"회계 {account}이(가) 정의되지 않았습니다. 회계명과 함께 등록하세요.";

    public static string DepartmentNotDefined(DepartmentCode department) =>
        $"부서 {department}이(가) 정의되지 않았습니다. 부서명과 함께 등록하세요.";

    public const string NegativeAmount = "금액은 0원 이상이어야 합니다.";

    public static string TooLarge(long maxWon) => $"금액이 한도({maxWon:N0}원)를 넘습니다.";
}
