using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// The end of a tenant's audit chain (document <c>audit-head</c>). Every append replaces it
/// conditional on its etag in the same batch that creates the record, so two appenders
/// can never both extend the chain from the same record.
/// </summary>
public sealed record AuditChainHead(TenantId Tenant, long LastSequence, string LastHash) : IDocumentBody
{
    public static string DocumentType => "audit-head";

    public const string DocumentId = "audit-head";
}
