using System.Net;
using System.Net.Sockets;

namespace LoFin.Application.Audit;

/// <summary>
/// Keeps only the network a client came from: an IPv4 address loses its last octet (/24),
/// an IPv6 address everything after its site prefix (/48). That still tells an auditor
/// which institution or provider a request came from without identifying a household.
/// </summary>
public static class ClientNetworkMask
{
    public const int IPv4PrefixBits = 24;
    public const int IPv6PrefixBits = 48;

    public static string? Mask(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        var prefixBits = address.AddressFamily == AddressFamily.InterNetwork ? IPv4PrefixBits : IPv6PrefixBits;
        var bytes = address.GetAddressBytes();
        for (var bit = prefixBits; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
        return $"{new IPAddress(bytes)}/{prefixBits}";
    }
}
