namespace AirbnbClone.Application.Properties;

/// <summary>Dates a host takes off the calendar: half-open [start, end), so end is free for a check-in.</summary>
public sealed record BlockBody(DateOnly? Start, DateOnly? End);
