using LoFin.Functions.Problems;

namespace LoFin.Functions.Http;

/// <summary>The one rule for list endpoints' <c>pageSize</c>: 20 unless asked, at most 200.</summary>
public static class PageSize
{
    public const int Default = 20;
    public const int Max = 200;

    public static bool TryRead(HttpContext context, int? requested, out int size, out IResult? problem)
    {
        size = requested ?? Default;
        problem = size is < 1 or > Max ? ProblemResults.Validation(context, "pageSize", $"페이지 크기는 1~{Max}입니다.") : null;
        return problem is null;
    }
}
