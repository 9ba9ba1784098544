using LoFin.Functions.Problems;

namespace LoFin.Functions.Http;

/// <summary>
/// Reads the <c>Idempotency-Key</c> header: a client-made id for a request, so that a retry
/// is recognised. 1..128 printable ASCII characters; absent is allowed where the caller says so.
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    public static bool TryRead(HttpContext context, out string? key, out IResult? problem)
    {
        key = null;
        problem = null;
        var values = context.Request.Headers[HeaderName];
        if (values.Count == 0)
        {
            return true;
        }
        var value = values.ToString();
        if (values.Count > 1 || value.Length is 0 or > 128 || !value.All(c => c is > ' ' and < (char)127))
        {
            problem = ProblemResults.Validation(context, HeaderName, "Idempotency-Key는 1~128자의 출력 가능한 ASCII 문자입니다.");
            return false;
        }
        key = value;
        return true;
    }
}
