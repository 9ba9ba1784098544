namespace LoFin.Workflows.Runtime;

/// <summary>An activity failure that another attempt cannot fix (bad input, a refusal by the other side): reported to the workflow at once.</summary>
public sealed class NonRetryableActivityException : Exception
{
    public NonRetryableActivityException(string message)
        : base(message)
    {
    }

    public NonRetryableActivityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
