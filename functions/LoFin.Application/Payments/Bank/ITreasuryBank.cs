namespace LoFin.Application.Payments.Bank;

/// <summary>
/// The treasury bank (금고) seen through its firm-banking API: 예금주 조회, 일괄 이체 with results that
/// come later (webhook or status query), and 가상계좌. Every id the app sends is made by the app,
/// saved before sending and prefixed by the tenant code (<see cref="BankReferenceIds"/>), so a retry
/// is safe and an incoming event finds its tenant.
/// <para>
/// No method throws for an answer the bank can give: each returns a closed set of outcomes, and
/// <c>Unavailable</c> (transport failure, timeout, 5xx after retries, an unreadable answer) is one of
/// them, so a caller decides explicitly what an unknown outcome means. Only cancellation throws, and an
/// argument the bank could never accept (an id outside <see cref="BankReferenceIds.IsWellFormed"/>) throws <see cref="ArgumentException"/>.
/// </para>
/// </summary>
public interface ITreasuryBank
{
    /// <summary>예금주 조회: not money-moving, keeps no state at the bank.</summary>
    Task<AccountVerificationOutcome> VerifyAccountAsync(AccountVerificationRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// 일괄 이체. Safe to repeat: the same batch id with the same content gets the original answer and
    /// moves no money again. When the outcome is <see cref="TransferBatchOutcome.Unavailable"/> the batch
    /// may or may not have been received: send it again (same id, same content) or query its status.
    /// </summary>
    Task<TransferBatchOutcome> SubmitTransferBatchAsync(TransferBatchRequest request, CancellationToken cancellationToken = default);

    /// <summary>이체 결과 조회. <see cref="TransferLookup.NeverAccepted"/> (404) means sending the id again is safe.</summary>
    Task<TransferLookup> GetTransferAsync(string transferId, CancellationToken cancellationToken = default);

    /// <summary>A batch's transfers as they stand: how a reconciliation finds results whose webhooks were lost.</summary>
    Task<TransferBatchLookup> GetTransferBatchAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>가상계좌 발급. Safe to repeat under the same reference id with the same content.</summary>
    Task<VirtualAccountOpeningOutcome> OpenVirtualAccountAsync(VirtualAccountOpeningRequest request, CancellationToken cancellationToken = default);

    Task<VirtualAccountLookup> GetVirtualAccountAsync(string virtualAccountNumber, CancellationToken cancellationToken = default);

    Task<VirtualAccountLookup> GetVirtualAccountByReferenceAsync(string referenceId, CancellationToken cancellationToken = default);
}
