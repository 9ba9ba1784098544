using System.Globalization;
using System.Security.Cryptography;

namespace LoFin.Simulators.Bank;

/// <summary>
/// Ids the bank makes: webhook event ids, bank transaction ids, virtual account numbers. Each
/// carries a token drawn at start, because the bank's memory ends with its process while the app
/// remembers the event ids it has handled: a restarted bank counting from 1 again would have its
/// new events dropped as duplicates of old ones.
/// </summary>
public sealed class BankIdentifiers
{
    private readonly string _runToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly string _runDigits = RandomNumberGenerator.GetInt32(1000, 10000).ToString(CultureInfo.InvariantCulture);
    private long _events;
    private long _transactions;
    private long _virtualAccounts;

    /// <summary>"evt_" + run token + "_" + a 10-digit sequence.</summary>
    public string NextEventId() => $"evt_{_runToken}_{Interlocked.Increment(ref _events).ToString("D10", CultureInfo.InvariantCulture)}";

    /// <summary>The bank's own reference for a movement of money (은행거래고유번호).</summary>
    public string NextTransactionId() => $"TX{_runToken.ToUpperInvariant()}{Interlocked.Increment(ref _transactions).ToString("D10", CultureInfo.InvariantCulture)}";

    /// <summary>14 digits: "79", four digits drawn at start, an 8-digit sequence.</summary>
    public string NextVirtualAccountNumber() => $"79{_runDigits}{Interlocked.Increment(ref _virtualAccounts).ToString("D8", CultureInfo.InvariantCulture)}";
}
