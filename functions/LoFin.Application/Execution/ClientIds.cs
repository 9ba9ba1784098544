using System.Security.Cryptography;
using System.Text;

namespace LoFin.Application.Execution;

/// <summary>
/// Ledger ids made from the client's <c>Idempotency-Key</c>: the same user's same key always
/// gives the same id, so a request run again after a crash (its answer never stored) meets its
/// first operation in the ledger and moves nothing twice. Hashed, because keys are up to 128
/// characters and ledger ids at most 64, and because two users may pick the same key.
/// </summary>
public static class ClientIds
{
    public static string FromKey(string prefix, string userId, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(userId + "\n" + key));
        return prefix + "-" + Convert.ToHexStringLower(hash)[..24];
    }
}
