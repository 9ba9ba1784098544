namespace LoFin.Simulators.Bank.Faults;

/// <summary>
/// The fault settings in force. Replaced whole (never edited in place) so a settlement or a
/// delivery reads one consistent set even while a test changes them.
/// </summary>
public sealed class FaultInjector(FaultSettings initial)
{
    private FaultSettings _current = initial;

    public FaultSettings Current => Volatile.Read(ref _current);

    public void Replace(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Volatile.Write(ref _current, settings);
    }
}
