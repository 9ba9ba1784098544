namespace LoFin.Domain.Budget.Structure;

/// <summary>
/// The Korean names of a line's fields, as the CSV header and the problems name them, so an
/// official finds the column at fault under the name they see in the file.
/// </summary>
public static class StructureFields
{
    public const string FiscalYear = "회계연도";
    public const string Account = "회계";
    public const string AccountName = "회계명";
    public const string Department = "부서";
    public const string DepartmentName = "부서명";
    public const string Field = "분야";
    public const string Sector = "부문";
    public const string PolicyProgram = "정책사업";
    public const string PolicyProgramName = "정책사업명";
    public const string UnitProgram = "단위사업";
    public const string UnitProgramName = "단위사업명";
    public const string DetailedProgram = "세부사업";
    public const string DetailedProgramName = "세부사업명";
    public const string Item = "통계목";
    public const string ItemName = "통계목명";
    public const string National = "국비";
    public const string Provincial = "시도비";
    public const string Municipal = "시군구비";
    public const string Other = "기타";
    public const string Total = "합계";
    public const string RevenueCode = "세입과목";
    public const string RevenueChapter = "장";
    public const string RevenueName = "과목명";
    public const string Amount = "금액";
}
