namespace LoFin.Application.Budget.Demo;

/// <summary>
/// A department of the demo governments: name, the 회계 and 부문 its programmes belong to, the
/// 통계목 profile its lines draw from, and its 세부사업 themes (names as budget books word them).
/// </summary>
internal sealed record DemoDepartment(string Name, string Account, string Sector, DemoItemProfile Profile, IReadOnlyList<string> Policies, IReadOnlyList<string> Programs);

/// <summary>Which 통계목 a department's lines use, and how its money is funded.</summary>
internal enum DemoItemProfile
{
    Administration,
    Personnel,
    Welfare,
    Construction,
    Environment,
    Culture,
    Enterprise,
    Fund,
    Reserve,
}
