namespace Glansrijk.Scan.Core.Sessions;

/// <summary>The id of a command the session has applied. A client that lost its connection sends its last commands
/// again with the same ids; finding the id here makes the repeat a no-op, whatever happened in between.</summary>
public sealed class HandledCommand
{
    private HandledCommand()
    {
    }

    internal HandledCommand(Guid commandId, long version, DateTime at)
    {
        CommandId = commandId;
        Version = version;
        At = at;
    }

    public Guid CommandId { get; private set; }

    /// <summary>The session version the command produced.</summary>
    public long Version { get; private set; }

    public DateTime At { get; private set; }
}
