namespace LoFin.Application.Messaging;

public sealed record MessagePumpOptions
{
    /// <summary>Messages leased per round trip to the queue.</summary>
    public int LeaseBatchSize { get; init; } = 256;

    /// <summary>Handlers running at once; also the most messages leased and not yet completed.</summary>
    public int MaxConcurrency { get; init; } = 64;

    /// <summary>How long a delivery is hidden from others; a crashed process's messages return after it.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Deliveries before a message is dead-lettered (Service Bus's MaxDeliveryCount).</summary>
    public int MaxDeliveries { get; init; } = 5;

    /// <summary>Back-off after the first failure; doubles per failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan BaseRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait before asking an empty queue again.</summary>
    public TimeSpan IdlePollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long to wait before leasing again after the queue failed (disk full, I/O error).</summary>
    public TimeSpan LeaseErrorDelay { get; init; } = TimeSpan.FromSeconds(1);
}
