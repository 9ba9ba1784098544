using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Bank.Faults;

/// <summary>
/// How unreliable the bank is told to be. Every decision is a pure function of the seed and the
/// identity of what is decided about (a transfer id, a batch id, an event's position in its
/// batch), never of timing or of the order requests arrive in, so a test that sets a seed sees
/// the same faults on every run and on every machine.
/// </summary>
/// <param name="Seed">Any number; the same seed gives the same decisions.</param>
/// <param name="DuplicateRate">Probability that a webhook event is delivered twice, with the same event id.</param>
/// <param name="OutOfOrderRate">Probability that a batch's results (or a deposit notice) are shuffled and held back by different delays.</param>
/// <param name="LossRate">Probability that a webhook event is never delivered; the status query still knows the result.</param>
/// <param name="TransferFailureRate">Probability that a transfer which would succeed fails anyway (시스템 점검 or 기타 처리 불가).</param>
/// <param name="MaxReorderDelayMs">The longest a reordered or duplicated event is held back.</param>
/// <param name="NameMismatchAccounts">Accounts whose holder never matches: verification says 불일치 and transfers fail with 815.</param>
public sealed record FaultSettings(
    long Seed,
    double DuplicateRate,
    double OutOfOrderRate,
    double LossRate,
    double TransferFailureRate,
    int MaxReorderDelayMs,
    IReadOnlySet<AccountKey> NameMismatchAccounts)
{
    public const int MaxReorderDelayLimitMs = 600_000;

    public const int MaxNameMismatchAccounts = 10_000;

    public static FaultSettings None { get; } = new(0, 0, 0, 0, 0, 0, new HashSet<AccountKey>());

    public bool IsNameMismatch(AccountKey key) => NameMismatchAccounts.Contains(key);
}
