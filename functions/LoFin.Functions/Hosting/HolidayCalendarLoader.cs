using System.Globalization;
using System.Text.Json;
using LoFin.Domain.Time;

namespace LoFin.Functions.Hosting;

/// <summary>Reads the shipped holiday lists (Seed/holidays/{year}.json) into the platform's calendar.</summary>
public static class HolidayCalendarLoader
{
    public static PublicHolidayCalendar Load(string directory)
    {
        var holidays = new Dictionary<DateOnly, IReadOnlyList<string>>();
        var years = new List<int>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (!int.TryParse(Path.GetFileNameWithoutExtension(file), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                continue;
            }
            years.Add(year);
            var entries = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(file))
                ?? throw new InvalidDataException($"{file} is empty.");
            foreach (var (date, names) in entries)
            {
                var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (day.Year != year || names.Length == 0)
                {
                    throw new InvalidDataException($"{file}: {date} does not belong in this file or has no name.");
                }
                holidays[day] = names;
            }
        }
        return new PublicHolidayCalendar(holidays, years);
    }
}
