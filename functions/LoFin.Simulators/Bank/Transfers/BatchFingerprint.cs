using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// SHA-256 of a batch's content as sent, so a repeated batch id can be compared with what was
/// first sent without keeping every request in memory: 32 bytes a batch instead of a copy of up
/// to a thousand transfers. Every field is length-prefixed (absent: -1) and the amount is eight
/// bytes after a presence flag, so two different batches never encode alike.
/// </summary>
public static class BatchFingerprint
{
    public static byte[] Of(IReadOnlyList<SubmittedTransfer> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(number, content.Count);
        hash.AppendData(number[..4]);
        foreach (var transfer in content)
        {
            Append(hash, transfer.TransferId);
            Append(hash, transfer.FromAccountNumber);
            Append(hash, transfer.ToBankCode);
            Append(hash, transfer.ToAccountNumber);
            Append(hash, transfer.ToHolderName);
            hash.AppendData(transfer.AmountWon is null ? [0] : [1]);
            BinaryPrimitives.WriteInt64BigEndian(number, transfer.AmountWon ?? 0);
            hash.AppendData(number);
            Append(hash, transfer.Memo);
        }
        return hash.GetHashAndReset();
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            hash.AppendData(length);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
