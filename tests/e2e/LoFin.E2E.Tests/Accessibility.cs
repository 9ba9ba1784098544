using System.Text.Json;
using LoFin.Testing;
using Microsoft.Playwright;

namespace LoFin.E2E.Tests;

/// <summary>Runs axe-core (from static-web's node packages) in the page and returns its serious and critical violations.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(RepositoryPaths.NodeModules, "axe-core", "axe.min.js");
        return File.Exists(path) ? File.ReadAllText(path) : throw new InvalidOperationException($"{path} missing: npm ci in static-web.");
    });

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeSource.Value });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
