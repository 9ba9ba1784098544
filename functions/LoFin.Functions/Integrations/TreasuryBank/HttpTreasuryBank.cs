using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Payments.Bank;

namespace LoFin.Functions.Integrations.TreasuryBank;

/// <summary>
/// <see cref="ITreasuryBank"/> over the treasury bank's HTTP API (docs/simulators/treasury-bank.md).
/// <para>
/// Every call of this API is safe to repeat: 예금주 조회 and the queries change nothing, and a batch
/// or a virtual account sent again under the same client-made id with the same content gets the
/// original answer. So a transport failure, a timeout or a 5xx is retried here, a few times with
/// doubling waits, before the caller sees <c>Unavailable</c>. A 503 <c>BANK_CAPACITY</c> is not
/// retried: it is the bank's considered refusal and nothing of the request was kept.
/// </para>
/// Personal data never reaches the log: request bodies are not logged, and paths carry only the
/// app's own ids.
/// </summary>
public sealed class HttpTreasuryBank : ITreasuryBank
{
    private const string CapacityReasonCode = "BANK_CAPACITY";
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly BankOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<HttpTreasuryBank> _logger;
    private readonly string _baseUrl;

    public HttpTreasuryBank(HttpClient http, BankOptions options, TimeProvider time, ILogger<HttpTreasuryBank> logger)
    {
        options.Validate();
        _http = http;
        _options = options;
        _time = time;
        _logger = logger;
        _baseUrl = options.BaseUrl.TrimEnd('/');
    }

    internal static JsonSerializerOptions JsonOptions { get; } = DocumentJson.CreateOptions();

    /// <summary>
    /// One pooled client for the process. Timeouts are per attempt (here, not in HttpClient), and
    /// connections are recycled so a change of the bank's address in DNS is noticed.
    /// </summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<AccountVerificationOutcome> VerifyAccountAsync(AccountVerificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exchange = await ExchangeAsync(HttpMethod.Post, "accounts/verify", request, cancellationToken);
        if (exchange is not BankExchange.Answer answer)
        {
            return new AccountVerificationOutcome.Unavailable(((BankExchange.Failed)exchange).Failure);
        }
        switch (answer.StatusCode)
        {
            case 200:
                var verification = Read<AccountVerification>(answer, out var failure);
                return failure is null ? new AccountVerificationOutcome.Verified(verification!) : new AccountVerificationOutcome.Unavailable(failure);
            case 400:
                return new AccountVerificationOutcome.Invalid(FieldErrorsOf(answer));
            default:
                return new AccountVerificationOutcome.Unavailable(Unexpected(answer));
        }
    }

    public async Task<TransferBatchOutcome> SubmitTransferBatchAsync(TransferBatchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exchange = await ExchangeAsync(HttpMethod.Post, "transfers/batches", request, cancellationToken);
        if (exchange is not BankExchange.Answer answer)
        {
            return new TransferBatchOutcome.Unavailable(((BankExchange.Failed)exchange).Failure);
        }
        switch (answer.StatusCode)
        {
            case 202:
                var receipt = Read<TransferBatchReceipt>(answer, out var failure);
                return failure is null ? new TransferBatchOutcome.Received(receipt!) : new TransferBatchOutcome.Unavailable(failure);
            case 400:
                return new TransferBatchOutcome.Invalid(FieldErrorsOf(answer));
            case 409 when RefusalOf(answer) is { ReasonCode: "BATCH_ID_REUSED" } reused:
                return new TransferBatchOutcome.BatchIdReused(reused);
            case 503 when RefusalOf(answer) is { ReasonCode: CapacityReasonCode } capacity:
                return new TransferBatchOutcome.CapacityExhausted(capacity);
            default:
                return new TransferBatchOutcome.Unavailable(Unexpected(answer));
        }
    }

    public async Task<TransferLookup> GetTransferAsync(string transferId, CancellationToken cancellationToken = default)
    {
        RequireClientId(transferId, nameof(transferId));
        var exchange = await ExchangeAsync(HttpMethod.Get, "transfers/" + transferId, null, cancellationToken);
        if (exchange is not BankExchange.Answer answer)
        {
            return new TransferLookup.Unavailable(((BankExchange.Failed)exchange).Failure);
        }
        switch (answer.StatusCode)
        {
            case 200:
                var transfer = Read<BankTransfer>(answer, out var failure);
                return failure is null ? new TransferLookup.Found(transfer!) : new TransferLookup.Unavailable(failure);
            case 404:
                return new TransferLookup.NeverAccepted(transferId);
            default:
                return new TransferLookup.Unavailable(Unexpected(answer));
        }
    }

    public async Task<TransferBatchLookup> GetTransferBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        RequireClientId(batchId, nameof(batchId));
        var exchange = await ExchangeAsync(HttpMethod.Get, "transfers/batches/" + batchId, null, cancellationToken);
        if (exchange is not BankExchange.Answer answer)
        {
            return new TransferBatchLookup.Unavailable(((BankExchange.Failed)exchange).Failure);
        }
        switch (answer.StatusCode)
        {
            case 200:
                var batch = Read<TransferBatchStatus>(answer, out var failure);
                return failure is null ? new TransferBatchLookup.Found(batch!) : new TransferBatchLookup.Unavailable(failure);
            case 404:
                return new TransferBatchLookup.NeverReceived(batchId);
            default:
                return new TransferBatchLookup.Unavailable(Unexpected(answer));
        }
    }

    public async Task<VirtualAccountOpeningOutcome> OpenVirtualAccountAsync(VirtualAccountOpeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exchange = await ExchangeAsync(HttpMethod.Post, "virtual-accounts", request, cancellationToken);
        if (exchange is not BankExchange.Answer answer)
        {
            return new VirtualAccountOpeningOutcome.Unavailable(((BankExchange.Failed)exchange).Failure);
        }
        switch (answer.StatusCode)
        {
            case 200 or 201:
                var account = Read<VirtualAccount>(answer, out var failure);
                return failure is null
                    ? new VirtualAccountOpeningOutcome.Opened(account!, Replayed: answer.StatusCode == 200)
                    : new VirtualAccountOpeningOutcome.Unavailable(failure);
            case 400:
                return new VirtualAccountOpeningOutcome.Invalid(FieldErrorsOf(answer));
            case 409 when RefusalOf(answer) is { ReasonCode: "REFERENCE_ID_REUSED" } reused:
                return new VirtualAccountOpeningOutcome.ReferenceIdReused(reused);
            case 503 when RefusalOf(answer) is { ReasonCode: CapacityReasonCode } capacity:
                return new VirtualAccountOpeningOutcome.CapacityExhausted(capacity);
            default:
                return new VirtualAccountOpeningOutcome.Unavailable(Unexpected(answer));
        }
    }

    public Task<VirtualAccountLookup> GetVirtualAccountAsync(string virtualAccountNumber, CancellationToken cancellationToken = default)
    {
        if (virtualAccountNumber is not { Length: >= 6 and <= 20 } || !virtualAccountNumber.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A virtual account number is digits only.", nameof(virtualAccountNumber));
        }
        return LookUpVirtualAccountAsync("virtual-accounts/" + virtualAccountNumber, cancellationToken);
    }

    public Task<VirtualAccountLookup> GetVirtualAccountByReferenceAsync(string referenceId, CancellationToken cancellationToken = default)
    {
        RequireClientId(referenceId, nameof(referenceId));
        return LookUpVirtualAccountAsync("virtual-accounts/by-reference/" + referenceId, cancellationToken);
    }

    private async Task<VirtualAccountLookup> LookUpVirtualAccountAsync(string path, CancellationToken cancellationToken)
    {
        var exchange = await ExchangeAsync(HttpMethod.Get, path, null, cancellationToken);
        if (exchange is not BankExchange.Answer answer)
        {
            return new VirtualAccountLookup.Unavailable(((BankExchange.Failed)exchange).Failure);
        }
        switch (answer.StatusCode)
        {
            case 200:
                var account = Read<VirtualAccount>(answer, out var failure);
                return failure is null ? new VirtualAccountLookup.Found(account!) : new VirtualAccountLookup.Unavailable(failure);
            case 404:
                return new VirtualAccountLookup.NotFound();
            default:
                return new VirtualAccountLookup.Unavailable(Unexpected(answer));
        }
    }

    /// <summary>
    /// Sends the request, retrying what may be transient. The body is serialised once, so every
    /// attempt carries the same bytes: the bank compares content to recognise a repeat.
    /// </summary>
    private async Task<BankExchange> ExchangeAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var uri = new Uri(_baseUrl + "/" + path, UriKind.Absolute);
        var bytes = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), JsonOptions);
        BankFailure? failure = null;
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                var delay = TimeSpan.FromMilliseconds(_options.FirstRetryDelayMs * Math.Pow(2, attempt - 2));
                _logger.LogWarning("Treasury bank {Method} {Path} attempt {Attempt} failed ({Kind} {StatusCode}); retrying in {DelayMs} ms.",
                    method, path, attempt - 1, failure!.Kind, failure.StatusCode, delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(_options.RequestTimeoutMs), _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                using var request = new HttpRequestMessage(method, uri);
                if (bytes is not null)
                {
                    request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = Json } };
                }
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
                var status = (int)response.StatusCode;
                var content = await response.Content.ReadAsByteArrayAsync(linked.Token);
                if (status < 500 || (status == (int)HttpStatusCode.ServiceUnavailable && RefusalOf(content) is { ReasonCode: CapacityReasonCode }))
                {
                    return new BankExchange.Answer(status, content, attempt);
                }
                failure = new BankFailure(BankFailureKind.ServerError, status, $"은행이 {status} 오류로 답했습니다.", attempt);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new BankFailure(BankFailureKind.Timeout, null, $"은행이 {_options.RequestTimeoutMs} ms 안에 답하지 않았습니다.", attempt);
            }
            catch (HttpRequestException ex)
            {
                failure = new BankFailure(BankFailureKind.Transport, null, $"은행에 연결할 수 없습니다: {ex.HttpRequestError}", attempt);
            }
        }
        _logger.LogError("Treasury bank {Method} {Path} gave no usable answer after {Attempts} attempts ({Kind} {StatusCode}).",
            method, path, failure!.Attempts, failure.Kind, failure.StatusCode);
        return new BankExchange.Failed(failure);
    }

    /// <summary>The answer's body as <typeparamref name="T"/>, or why it cannot be read (then the outcome is unknown).</summary>
    private static T? Read<T>(BankExchange.Answer answer, out BankFailure? failure) where T : class
    {
        failure = null;
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(answer.Body, JsonOptions);
        }
        catch (JsonException ex)
        {
            failure = new BankFailure(BankFailureKind.UnexpectedResponse, answer.StatusCode, $"은행의 답을 읽을 수 없습니다: {ex.Path}", answer.Attempts);
            return null;
        }
        if (value is null)
        {
            failure = new BankFailure(BankFailureKind.UnexpectedResponse, answer.StatusCode, "은행의 답이 비어 있습니다.", answer.Attempts);
        }
        return value;
    }

    private static BankProblemBody? ProblemOf(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<BankProblemBody>(body, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static BankRefusal? RefusalOf(byte[] body) =>
        ProblemOf(body) is { ReasonCode: { Length: > 0 } reasonCode } problem
            ? new BankRefusal(problem.Status ?? 0, reasonCode, problem.Title ?? reasonCode, problem.Detail)
            : null;

    private static BankRefusal? RefusalOf(BankExchange.Answer answer) =>
        RefusalOf(answer.Body) is { } refusal ? refusal with { StatusCode = answer.StatusCode } : null;

    private static BankFieldErrors FieldErrorsOf(BankExchange.Answer answer)
    {
        var problem = ProblemOf(answer.Body);
        return new BankFieldErrors(problem?.Title ?? "입력값이 올바르지 않습니다.",
            problem?.Errors ?? new Dictionary<string, string[]> { ["body"] = [problem?.Detail ?? "은행이 요청을 읽을 수 없습니다."] });
    }

    private static BankFailure Unexpected(BankExchange.Answer answer) =>
        new(BankFailureKind.UnexpectedResponse, answer.StatusCode, $"은행이 예상하지 않은 상태 {answer.StatusCode}로 답했습니다.", answer.Attempts);

    private static void RequireClientId(string id, string name)
    {
        if (!BankReferenceIds.IsWellFormed(id))
        {
            throw new ArgumentException($"'{id}' is not a bank client id ({BankReferenceIds.MaxLength} characters of A-Z a-z 0-9 . _ : -).", name);
        }
    }
}
