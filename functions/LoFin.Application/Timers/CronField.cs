using System.Globalization;
using System.Numerics;

namespace LoFin.Application.Timers;

/// <summary>
/// The set of values one NCRONTAB field allows, as a bit mask indexed by value (every
/// field's values are below 64). Parsing accepts <c>*</c>, numbers, names, ranges
/// <c>a-b</c>, lists <c>a,b</c> and steps <c>*/n</c>, <c>a/n</c> (a to the field's maximum)
/// and <c>a-b/n</c>.
/// </summary>
internal sealed class CronField
{
    private readonly ulong _mask;

    private CronField(CronFieldSpec spec, ulong mask)
    {
        Spec = spec;
        _mask = mask;
    }

    public CronFieldSpec Spec { get; }

    public bool Contains(int value) => value >= 0 && value < 64 && (_mask & (1UL << value)) != 0;

    /// <summary>The smallest allowed value at or above <paramref name="value"/>, or -1 when there is none.</summary>
    public int Next(int value)
    {
        if (value > Spec.Max)
        {
            return -1;
        }
        var from = Math.Max(value, 0);
        var remaining = _mask & (ulong.MaxValue << from);
        return remaining == 0 ? -1 : BitOperations.TrailingZeroCount(remaining);
    }

    public IEnumerable<int> Values()
    {
        for (var value = Spec.Min; value <= Spec.Max; value++)
        {
            if (Contains(value))
            {
                yield return value;
            }
        }
    }

    /// <summary>Parses one field; the message of the <see cref="FormatException"/> starts with the field's name.</summary>
    public static CronField Parse(CronFieldSpec spec, string text)
    {
        ulong mask = 0;
        foreach (var element in text.Split(','))
        {
            mask |= ParseElement(spec, element);
        }
        return new CronField(spec, mask);
    }

    private static ulong ParseElement(CronFieldSpec spec, string element)
    {
        if (element.Length == 0)
        {
            throw Error(spec, "a list has an empty element (two commas in a row, or a comma at either end)");
        }
        var step = 1;
        var range = element;
        var slash = element.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            range = element[..slash];
            step = ParseStep(spec, element[(slash + 1)..]);
        }
        if (range == "*")
        {
            return RangeMask(spec.Min, spec.Max, step);
        }
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var single = ParseValue(spec, range);
            // "a/n" means a, a+n, … up to the field's maximum, as in NCrontab.
            return RangeMask(single, slash >= 0 ? spec.Max : single, step);
        }
        var first = ParseValue(spec, range[..dash]);
        var last = ParseValue(spec, range[(dash + 1)..]);
        if (first > last)
        {
            // NCrontab silently swaps the ends, so "22-2" would mean 2-22: the opposite of what was meant.
            throw Error(spec, $"range {range} runs backwards; ranges do not wrap around (list both parts instead, e.g. {first}-{spec.Max},{spec.Min}-{last})");
        }
        return RangeMask(first, last, step);
    }

    private static int ParseStep(CronFieldSpec spec, string text)
    {
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            throw Error(spec, $"step '{text}' is not a whole number");
        }
        var step = text.Length > 4 ? int.MaxValue : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (step < 1 || step > spec.Max - spec.Min + 1)
        {
            throw Error(spec, $"step {text} must be between 1 and {spec.Max - spec.Min + 1}");
        }
        return step;
    }

    private static int ParseValue(CronFieldSpec spec, string text)
    {
        if (text.Length == 0)
        {
            throw Error(spec, "a range is missing one of its ends");
        }
        if (text.All(char.IsAsciiDigit))
        {
            // Long digit strings cannot be in range; parsing them would only overflow.
            var value = text.Length > 4 ? int.MaxValue : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (value < spec.Min || value > spec.Max)
            {
                var hint = spec == CronFieldSpec.DayOfWeek && value == 7 ? " (0 = Sunday; NCrontab, which Azure Functions uses, has no 7)" : "";
                throw Error(spec, $"{text} is out of range {spec.Min}-{spec.Max}{hint}");
            }
            return value;
        }
        if (spec.Names is null)
        {
            throw Error(spec, $"'{text}' is not a number {spec.Min}-{spec.Max}");
        }
        if (text.Length >= CronFieldSpec.ShortestName && text.All(char.IsAsciiLetter))
        {
            for (var i = 0; i < spec.Names.Count; i++)
            {
                if (spec.Names[i].StartsWith(text, StringComparison.OrdinalIgnoreCase))
                {
                    return spec.Min + i;
                }
            }
        }
        var names = string.Join(", ", spec.Names.Select(name => name[..CronFieldSpec.ShortestName]));
        throw Error(spec, $"'{text}' is not a {spec.Name} name or number (use {names} or {spec.Min}-{spec.Max})");
    }

    private static ulong RangeMask(int first, int last, int step)
    {
        ulong mask = 0;
        for (var value = first; value <= last; value += step)
        {
            mask |= 1UL << value;
        }
        return mask;
    }

    private static FormatException Error(CronFieldSpec spec, string detail) => new($"{spec.Name} field: {detail}");
}
