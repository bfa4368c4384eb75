using System.Text.Json;
using System.Text.Json.Nodes;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.Login;
using AirbnbClone.Application.Users.Logout;
using AirbnbClone.Application.Users.RefreshTokens;
using AirbnbClone.Application.Users.RegisterUser;
using AirbnbClone.Application.Users.UpdateCurrentUser;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>Gives every request and response schema a realistic example, so Swagger UI's "Try it out" works as is.</summary>
internal sealed class ExamplesSchemaFilter : ISchemaFilter
{
    // As the API writes: web defaults, nulls included.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Guid ExampleUserId = Guid.Parse("0195f3a2-7c4e-7d1a-9b3e-2f6a8c1d4e5f");

    private static readonly Guid ExamplePropertyId = Guid.Parse("0195f3b0-1a2b-7c3d-8e4f-5a6b7c8d9e0f");

    private static readonly PropertyBody ExamplePropertyBody = new()
    {
        Title = "Sunny loft by the river",
        Description = "Two bedrooms, a balcony over the Tagus and the tram at the door.",
        Address = new AddressBody("Rua das Flores 12", "Lisbon", "Lisboa", "PT", "1200-195"),
        Latitude = 38.7107,
        Longitude = -9.1420,
        PricePerNight = 120.00m,
        Currency = "EUR",
        CleaningFee = 25.00m,
        MaxGuests = 4,
        Bedrooms = 2,
        Beds = 3,
        Bathrooms = 1,
        Amenities = ["wifi", "kitchen", "washer", "workspace"],
        Photos = ["https://images.example.com/loft/1.jpg", "https://images.example.com/loft/2.jpg"],
        MinNights = 2,
        MaxNights = 30,
        InstantBook = true,
        CancellationPolicy = "moderate",
    };

    private static readonly PropertySummaryResponse ExampleSummary = new()
    {
        Id = ExamplePropertyId,
        Title = "Sunny loft by the river",
        City = "Lisbon",
        Country = "PT",
        Latitude = 38.7107,
        Longitude = -9.1420,
        PricePerNight = 120.00m,
        Currency = "EUR",
        MaxGuests = 4,
        Bedrooms = 2,
        Amenities = ["wifi", "kitchen", "washer", "workspace"],
        MinNights = 2,
        MaxNights = 30,
        InstantBook = true,
        RatingAverage = 4.87m,
        ReviewCount = 112,
        PhotoUrl = "https://images.example.com/loft/1.jpg",
    };

    private static readonly PriceResponse ExamplePrice = new(3, 120.00m, 360.00m, 25.00m, 53.90m, 438.90m, "EUR");

    private static readonly BookingResponse ExampleBooking = new(
        Guid.Parse("0195f3c0-2b3c-7d4e-8f5a-6b7c8d9e0f1a"),
        ExamplePropertyId,
        ExampleUserId,
        new DateOnly(2026, 12, 24),
        new DateOnly(2026, 12, 27),
        2,
        "pending",
        ExamplePrice,
        new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero),
        null,
        null);

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(RegisterUserCommand)] = new RegisterUserCommand("ada@example.com", "correct-horse-battery", "Ada", "Lovelace", "+44 20 7946 0958", "guest"),
        [typeof(LoginCommand)] = new LoginCommand("guest@example.com", "demo-password-2026"),
        [typeof(RefreshTokenCommand)] = new RefreshTokenCommand("q7Ck2vXg0b1r9mYhZ3tL8wN5pD4sF6aJ0eU2iO7kR1c"),
        [typeof(LogoutCommand)] = new LogoutCommand("q7Ck2vXg0b1r9mYhZ3tL8wN5pD4sF6aJ0eU2iO7kR1c"),
        [typeof(UpdateCurrentUserCommand)] = new UpdateCurrentUserCommand(FirstName: "Ada", PhoneNumber: "+44 20 7946 0000"),
        [typeof(UserResponse)] = new UserResponse
        {
            Id = ExampleUserId,
            Email = "ada@example.com",
            FirstName = "Ada",
            LastName = "Lovelace",
            PhoneNumber = "+44 20 7946 0958",
            Role = "guest",
            CreatedAt = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
        },
        [typeof(TokenResponse)] = new TokenResponse("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi...", "q7Ck2vXg0b1r9mYhZ3tL8wN5pD4sF6aJ0eU2iO7kR1c", 900),
        [typeof(PropertyBody)] = ExamplePropertyBody,
        [typeof(AddressBody)] = ExamplePropertyBody.Address!,
        [typeof(BookingBody)] = new BookingBody(ExamplePropertyId, new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 27), 2),
        [typeof(PriceResponse)] = ExamplePrice,
        [typeof(RefundResponse)] = new RefundResponse(200.00m, "EUR"),
        [typeof(QuoteResponse)] = new QuoteResponse(ExamplePropertyId, new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 27), 2, ExamplePrice),
        [typeof(BookingResponse)] = ExampleBooking,
        [typeof(PagedResponse<BookingResponse>)] = new PagedResponse<BookingResponse>([ExampleBooking], "MTc2MzgwNDIwMDAwMDAwMDB8MDE5NWYzYzA"),
        [typeof(BlockBody)] = new BlockBody(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 27)),
        [typeof(PropertyResponse)] = new PropertyResponse
        {
            Id = ExamplePropertyId,
            HostId = ExampleUserId,
            Host = new HostSummary(ExampleUserId, "Ada"),
            Title = "Sunny loft by the river",
            Description = "Two bedrooms, a balcony over the Tagus and the tram at the door.",
            Address = new AddressResponse("Rua das Flores 12", "Lisbon", "Lisboa", "PT", "1200-195"),
            Latitude = 38.7107,
            Longitude = -9.1420,
            PricePerNight = 120.00m,
            Currency = "EUR",
            CleaningFee = 25.00m,
            MaxGuests = 4,
            Bedrooms = 2,
            Beds = 3,
            Bathrooms = 1,
            Amenities = ["wifi", "kitchen", "washer", "workspace"],
            Photos = ["https://images.example.com/loft/1.jpg", "https://images.example.com/loft/2.jpg"],
            MinNights = 2,
            MaxNights = 30,
            InstantBook = true,
            CancellationPolicy = "moderate",
            Status = "listed",
            RatingAverage = 4.87m,
            ReviewCount = 112,
            CreatedAt = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 11, 23, 18, 5, 0, TimeSpan.Zero),
        },
        [typeof(PropertySummaryResponse)] = ExampleSummary,
        [typeof(PagedResponse<PropertySummaryResponse>)] = new PagedResponse<PropertySummaryResponse>([ExampleSummary], "cHJpY2V-MTIwLjAwfjAxOTVmM2IwMWEyYjdjM2Q4ZTRmNWE2YjdjOGQ5ZTBm"),
        [typeof(AvailabilityResponse)] = new AvailabilityResponse(ExamplePropertyId, "EUR",
        [
            new AvailabilityDay(new DateOnly(2026, 12, 24), false, 120.00m),
            new AvailabilityDay(new DateOnly(2026, 12, 25), false, 120.00m),
            new AvailabilityDay(new DateOnly(2026, 12, 26), true, 120.00m),
        ]),
        [typeof(BlockResponse)] = new BlockResponse(Guid.Parse("0195f3c4-0000-7000-8000-000000000001"), ExamplePropertyId,
            new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 27), new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero)),
        [typeof(AmenityResponse)] = new AmenityResponse("wifi", "Wi-Fi"),
        [typeof(ProblemDetails)] = ValidationProblemExample(),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(example, example.GetType(), Json)!];
        }
    }

    private static JsonObject ValidationProblemExample() => new()
    {
        ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        ["title"] = "Bad Request",
        ["status"] = 400,
        ["detail"] = "One or more fields are invalid.",
        ["instance"] = "/api/v1/users",
        ["code"] = "Validation.Failed",
        ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        ["errors"] = new JsonObject { ["password"] = new JsonArray("The password must be at least 10 characters long.") },
    };
}
