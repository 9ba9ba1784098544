namespace LoFin.Domain.Money;

/// <summary>
/// A won amount left the range of <see cref="long"/>. Amounts are bounded long before that
/// (see <c>ExecutionLimits</c>), so reaching it means a limit is missing somewhere: it is an
/// exception, not a refusal, and it names the operation so the bug can be found.
/// </summary>
public sealed class WonOverflowException : OverflowException
{
    public WonOverflowException()
        : base("금액 계산이 범위를 벗어났습니다 (won amount overflow).")
    {
    }

    public WonOverflowException(string message)
        : base(message)
    {
    }

    public WonOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static WonOverflowException For(string operation, long leftWon, long rightWon) =>
        new($"금액 계산이 범위를 벗어났습니다: {operation}({leftWon}, {rightWon}) (won amount overflow).");
}
