using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.Infrastructure.Seeding;

namespace AirbnbClone.WebApi.Hosting;

/// <summary>The `migrate` and `seed` verbs of the executable: one-shot operator tasks, no HTTP.</summary>
internal static class Commands
{
    public static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var applied = await services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        Console.WriteLine($"==> migrations: {applied} applied, database up to date");
        return 0;
    }

    public static async Task<int> ProbeReadyAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }

    /// <summary>Small defaults for <c>./build.sh run</c>; <c>--listings N --bookings N</c> for load tests.</summary>
    public const int DefaultListings = 200;
    public const int DefaultBookings = 1000;

    public static async Task<int> SeedAsync(IServiceProvider services, string[] args)
    {
        if (!TryParseSeedArguments(args, out var listings, out var bookings, out var problem))
        {
            await Console.Error.WriteLineAsync($"==> seed: {problem}. Usage: seed [--listings N] [--bookings N]");
            return 2;
        }

        await services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        Console.WriteLine($"==> seed: {created} demo accounts created (password '{DemoSeeder.DemoPassword}')");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (addedListings, addedBookings) = await scope.ServiceProvider.GetRequiredService<ListingSeeder>()
            .SeedAsync(listings, bookings, Console.Out, CancellationToken.None);
        Console.WriteLine($"==> seed: {addedListings} listings and {addedBookings} bookings added in {started.Elapsed.TotalSeconds:0.0} s (targets {listings} and {bookings})");
        return 0;
    }

    internal static bool TryParseSeedArguments(string[] args, out int listings, out int bookings, out string problem)
    {
        listings = DefaultListings;
        bookings = DefaultBookings;
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--listings" or "--bookings"))
            {
                problem = $"unknown argument '{name}'";
                return false;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value > 10_000_000)
            {
                problem = $"{name} needs a whole number from 0 to 10,000,000";
                return false;
            }

            if (name == "--listings")
            {
                listings = value;
            }
            else
            {
                bookings = value;
            }

            i++;
        }

        return true;
    }
}
