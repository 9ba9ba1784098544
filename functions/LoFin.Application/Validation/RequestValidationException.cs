namespace LoFin.Application.Validation;

/// <summary>
/// Input a caller must correct. Becomes a 400 problem-details response naming each field
/// at fault; thrown before anything is written, so bad input changes nothing.
/// </summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("입력값을 확인하세요: " + string.Join(", ", errors.Keys))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
