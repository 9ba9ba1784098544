using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LoFin.Functions.Security;

/// <summary>
/// The local issuer's HMAC key, made on first start and kept in the data directory, so a
/// restart does not sign everyone out. Local mode only; Azure mode never reads it.
/// </summary>
public static class LocalSigningKey
{
    public static SymmetricSecurityKey LoadOrCreate(string dataDirectory)
    {
        var directory = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "local-token-signing.key");
        if (!File.Exists(path))
        {
            var key = RandomNumberGenerator.GetBytes(32);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, key);
            File.Move(temporary, path, overwrite: false);
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 32)
        {
            throw new InvalidDataException($"{path} is shorter than 32 bytes; delete it to make a new key.");
        }
        return new SymmetricSecurityKey(bytes) { KeyId = "lofin-local" };
    }
}
