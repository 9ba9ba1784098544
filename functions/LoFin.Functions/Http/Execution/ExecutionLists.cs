using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Http.Execution;

/// <summary>One page of an execution list: <c>{ items, continuationToken }</c>, a bad token being a 400 naming it.</summary>
public static class ExecutionLists
{
    public static async Task<IResult> PageAsync<TDocument, TView>(HttpContext context, IDocumentStore store, TenantId tenant, DocumentQuery query,
        Func<TDocument, TView> view, CancellationToken cancellationToken) where TDocument : IDocumentBody
    {
        DocumentPage<TDocument> page;
        try
        {
            page = await store.QueryAsync<TDocument>(tenant, query, cancellationToken);
        }
        catch (ArgumentException)
        {
            return ExecutionHttp.BadContinuation(context);
        }
        return Results.Ok(new ExecutionPage<TView>([.. page.Items.Select(d => view(d.Body))], page.ContinuationToken));
    }
}
