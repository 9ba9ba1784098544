namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// RFC 9457 problem details for every refusal. Bad input is a 400 whose <c>errors</c> name each
/// field (<c>transfers[3].transferId</c>); a refusal for a business reason carries a machine
/// <c>reasonCode</c> beside the Korean text.
/// </summary>
public static class BankProblems
{
    public const string ValidationTitle = "입력값이 올바르지 않습니다.";

    public static IResult Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "확인할 항목: " + string.Join(", ", errors.Keys), title: ValidationTitle);

    public static IResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Problem(int status, string title, string? detail = null, string? reasonCode = null, string? field = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (reasonCode is not null)
        {
            extensions["reasonCode"] = reasonCode;
        }
        if (field is not null)
        {
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail ?? title] };
        }
        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
    }

    public static IResult NotFound(string what) => Problem(StatusCodes.Status404NotFound, $"{what}을(를) 찾을 수 없습니다.");
}
