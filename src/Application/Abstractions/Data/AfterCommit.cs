namespace AirbnbClone.Application.Abstractions.Data;

/// <summary>
/// Work a command wants done only once its transaction has committed (invalidating caches, so no
/// reader can re-cache the old state between the write and the commit). Scoped to one request.
/// </summary>
public interface IAfterCommit
{
    void Enqueue(Func<CancellationToken, Task> action);
}

/// <summary>Collects after-commit actions; the Transaction behaviour runs them after COMMIT and drops them after ROLLBACK.</summary>
internal sealed class AfterCommitActions : IAfterCommit
{
    private readonly List<Func<CancellationToken, Task>> _actions = [];

    public void Enqueue(Func<CancellationToken, Task> action) => _actions.Add(action);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var actions = _actions.ToArray();
        _actions.Clear();
        foreach (var action in actions)
        {
            await action(cancellationToken);
        }
    }

    public void Discard() => _actions.Clear();
}
