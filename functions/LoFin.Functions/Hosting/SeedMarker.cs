using LoFin.Application.Documents;

namespace LoFin.Functions.Hosting;

/// <summary>Written last by a seeding step, so a restart skips a step that finished and redoes one that did not.</summary>
public sealed record SeedMarker(string Step, DateTimeOffset CompletedAt, int Count) : IDocumentBody
{
    public static string DocumentType => "seed-marker";

    public static string DocumentId(string step) => $"seed:{step}";
}
