namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>An auto-reset wake-up for the claim loop: set by notifications and finished jobs, awaited with a timeout.</summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _source = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set() => Volatile.Read(ref _source).TrySetResult();

    /// <summary>Waits until set or <paramref name="timeout"/>, then resets. A set that races the reset is not lost
    /// in effect: the caller claims right after waking, and sees whatever the set announced.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var source = Volatile.Read(ref _source);
        if (!source.Task.IsCompleted)
        {
            try
            {
                await source.Task.WaitAsync(timeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                return;
            }
        }

        Interlocked.CompareExchange(ref _source, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), source);
    }
}
