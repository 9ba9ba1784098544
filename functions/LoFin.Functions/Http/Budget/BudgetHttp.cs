using System.Globalization;
using System.Text;
using LoFin.Application.Budget.Structure;
using LoFin.Application.Security;
using LoFin.Domain.Budget;
using LoFin.Functions.Problems;
using Microsoft.AspNetCore.Mvc;

namespace LoFin.Functions.Http.Budget;

/// <summary>What every budget function does the same way: read the year and version from the route, check the role, map refusals.</summary>
public static class BudgetHttp
{
    public const string CsvContentType = "text/csv";

    public static string Route(string rest) => "/api/tenants/{tenantId}/budget/{fiscalYear}" + rest;

    public static bool TryYear(HttpContext context, string text, out int year, out IResult? problem)
    {
        year = 0;
        problem = null;
        if (text is { Length: 4 } && text.All(char.IsAsciiDigit)
            && int.Parse(text, CultureInfo.InvariantCulture) is var parsed and >= BudgetLineKey.MinFiscalYear and <= BudgetLineKey.MaxFiscalYear)
        {
            year = parsed;
            return true;
        }
        problem = ProblemResults.Validation(context, "fiscalYear", "회계연도는 2000~2999의 4자리 숫자입니다.");
        return false;
    }

    public static bool TryVersion(HttpContext context, string? text, out int? version, out IResult? problem)
    {
        version = null;
        problem = null;
        if (text is null)
        {
            return true;
        }
        if (text is { Length: >= 1 and <= 3 } && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is var n and >= 1)
        {
            version = n;
            return true;
        }
        problem = ProblemResults.Validation(context, "version", "예산 차수는 1 이상의 정수입니다 (1 = 본예산).");
        return false;
    }

    /// <summary>The signed-in user when they hold <paramref name="role"/>; else a 403 naming the role in Korean.</summary>
    public static CurrentUser? RequireRole(HttpContext context, string role, string action, out IResult? problem)
    {
        var user = CurrentUser.From(context.User);
        if (user is not null && user.IsInRole(role))
        {
            problem = null;
            return user;
        }
        problem = ProblemResults.Result(context, 403, "권한이 없습니다.", $"{action}은(는) {Roles.KoreanName(role)}({role}) 역할만 할 수 있습니다.");
        return null;
    }

    public static bool TryLineKey(HttpContext context, string field, string? text, out BudgetLineKey key, out IResult? problem)
    {
        problem = null;
        if (BudgetLineKey.TryParse(text, out key, out var parseProblem))
        {
            return true;
        }
        problem = ProblemResults.Validation(context, field, parseProblem);
        return false;
    }

    /// <summary>Runs a use case, turning its refusals into 404/409 problems; validation and store refusals go to the shared handler.</summary>
    public static async Task<IResult> RunAsync(HttpContext context, Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (BudgetRefusedException refused)
        {
            return refused.Refusal == BudgetRefusal.NotFound
                ? ProblemResults.Result(context, 404, "예산을 찾을 수 없습니다.", refused.Message)
                : ProblemResults.Result(context, 409, "지금은 할 수 없는 작업입니다.", refused.Message);
        }
    }

    /// <summary>A CSV file for Excel: UTF-8 with a byte-order mark, named for download.</summary>
    public static IResult Csv(string text, string fileName) =>
        Results.File(CsvText.Utf8WithBom.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), CsvContentType + "; charset=utf-8", fileName);

    /// <summary>Reads a text/csv body (UTF-8, with or without a byte-order mark); a wrong content type is 415.</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadCsvAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var mediaType = context.Request.ContentType is { } contentType && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed.MediaType.Value : null;
        if (!string.Equals(mediaType, CsvContentType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, ProblemResults.Result(context, 415, "CSV 파일이 아닙니다.", "Content-Type을 text/csv로 보내세요 (UTF-8)."));
        }
        using var reader = new StreamReader(context.Request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return (await reader.ReadToEndAsync(cancellationToken), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, ProblemResults.Result(context, 400, "CSV 파일을 읽을 수 없습니다.", "UTF-8로 저장한 파일이 아닙니다. Excel에서 'CSV UTF-8(쉼표로 분리)'로 저장하세요.",
                new Dictionary<string, string[]> { ["file"] = ["UTF-8이 아닌 문자가 있습니다."] }));
        }
    }

    /// <summary>
    /// A refused import: 400 with <c>errors</c> by column (as every problem names its fields) and
    /// <c>lines</c>, each error with its line number, column and message, in file order.
    /// </summary>
    public static IResult ImportRefused(HttpContext context, IReadOnlyList<CsvError> errors)
    {
        var byColumn = errors.GroupBy(e => e.Column).ToDictionary(g => g.Key, g => g.Select(e => $"{e.Line}행: {e.Message}").ToArray());
        ProblemDetails problem = ProblemResults.Create(context, 400, "CSV 파일에 잘못된 내용이 있습니다.",
            $"{errors.Count}건의 오류가 있어 아무것도 가져오지 않았습니다. 표시된 줄과 열을 고친 뒤 다시 올리세요.", byColumn);
        problem.Extensions["lines"] = errors;
        return Results.Json(problem, Application.Documents.DocumentJson.Options, ProblemResults.ContentType, 400);
    }
}
