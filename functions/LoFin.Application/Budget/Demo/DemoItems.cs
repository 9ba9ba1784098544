namespace LoFin.Application.Budget.Demo;

/// <summary>
/// The 통계목 each profile draws from, with a 서울특별시-scale range of one line's amount (원)
/// and whether the national government co-funds it (국비 share) — a 기초's scale is smaller.
/// </summary>
internal static class DemoItems
{
    public sealed record Item(string Code, long MinWon, long MaxWon, bool NationallyFunded, bool ProvincialOnly = false);

    private const long Man = 10_000;
    private const long Eok = 100_000_000;

    public static IReadOnlyList<Item> For(DemoItemProfile profile) => profile switch
    {
        DemoItemProfile.Administration => [new("201-01", 1_000 * Man, 8 * Eok, false), new("201-02", 2_000 * Man, 30 * Eok, false), new("202-01", 500 * Man, 1 * Eok, false),
            new("203-04", 500 * Man, 5_000 * Man, false), new("207-01", 5_000 * Man, 10 * Eok, false), new("405-01", 1_000 * Man, 5 * Eok, false), new("201-03", 1_000 * Man, 5 * Eok, false)],
        DemoItemProfile.Personnel => [new("101-01", 2_000 * Eok, 9_000 * Eok, false), new("101-02", 10 * Eok, 300 * Eok, false), new("101-04", 10 * Eok, 200 * Eok, false),
            new("304-01", 100 * Eok, 1_000 * Eok, false), new("304-02", 50 * Eok, 400 * Eok, false)],
        DemoItemProfile.Welfare => [new("301-01", 50 * Eok, 8_000 * Eok, true), new("307-10", 10 * Eok, 1_000 * Eok, true), new("307-11", 5 * Eok, 500 * Eok, true),
            new("307-02", 1 * Eok, 100 * Eok, false), new("201-01", 1_000 * Man, 3 * Eok, false), new("308-01", 10 * Eok, 2_000 * Eok, true, ProvincialOnly: true)],
        DemoItemProfile.Construction => [new("401-01", 10 * Eok, 1_500 * Eok, true), new("401-02", 1 * Eok, 30 * Eok, false), new("401-03", 5_000 * Man, 20 * Eok, false),
            new("207-01", 5_000 * Man, 20 * Eok, false), new("201-01", 1_000 * Man, 2 * Eok, false), new("403-01", 10 * Eok, 500 * Eok, true, ProvincialOnly: true)],
        DemoItemProfile.Environment => [new("201-02", 1 * Eok, 100 * Eok, false), new("307-05", 10 * Eok, 800 * Eok, true), new("401-01", 10 * Eok, 500 * Eok, true),
            new("405-01", 5_000 * Man, 30 * Eok, false), new("201-01", 1_000 * Man, 2 * Eok, false)],
        DemoItemProfile.Culture => [new("307-04", 5_000 * Man, 30 * Eok, false), new("201-03", 2_000 * Man, 20 * Eok, false), new("307-02", 1 * Eok, 50 * Eok, true),
            new("401-01", 10 * Eok, 300 * Eok, true), new("201-01", 1_000 * Man, 2 * Eok, false)],
        DemoItemProfile.Enterprise => [new("201-02", 10 * Eok, 500 * Eok, false), new("401-01", 20 * Eok, 1_000 * Eok, false), new("401-02", 1 * Eok, 20 * Eok, false),
            new("405-01", 1 * Eok, 30 * Eok, false), new("101-01", 50 * Eok, 600 * Eok, false), new("311-01", 1 * Eok, 50 * Eok, false)],
        DemoItemProfile.Fund => [new("602-01", 100 * Eok, 1_500 * Eok, false), new("201-01", 1_000 * Man, 1 * Eok, false), new("307-02", 1 * Eok, 50 * Eok, false),
            new("401-01", 5 * Eok, 200 * Eok, false)],
        DemoItemProfile.Reserve => [new("801-01", 500 * Eok, 2_000 * Eok, false), new("801-02", 100 * Eok, 500 * Eok, false)],
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };
}
