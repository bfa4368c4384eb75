namespace AirbnbClone.Application.Jobs;

/// <summary>The states of a job: pending -> running -> succeeded, or back to pending (retry), or dead.</summary>
public static class JobStates
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, Running, Succeeded, Dead];
}
