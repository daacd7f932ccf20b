using System.Collections.Concurrent;
using System.Security.Claims;
using Glansrijk.Scan.Web.Features.Invitations;
using Microsoft.AspNetCore.SignalR;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Ends the live connections of someone whose access just ended: an account a Beheerder switched off or
/// deleted, a participant withdrawn or replaced (their links are revoked). Without this their open tablet or console
/// kept receiving the session's states until their next command. As a hub filter it puts every connection in a group
/// of its account or its seat and keeps this node's connections.
/// <para>Ending one: the group hears <see cref="Message"/> through the backplane, so on every node the page stops
/// reconnecting and says why; on this node the server also closes the connection itself. A connection held by another
/// node and a client that ignores the message are refused at their next command or reconnect (their cookie no longer
/// signs them in).</para></summary>
public sealed class LiveAccess(IHubContext<SessionHub> hub) : IHubFilter
{
    public const string Message = "AccessEnded";

    public const string AccountEnded = "Je account is uitgezet of verwijderd, dus je kunt niet meer meedoen aan deze sessie.";
    public const string SeatEnded = "Je doet niet meer mee aan deze scan; je persoonlijke link werkt niet meer. Vraag de initiatiefnemer als dit niet klopt.";

    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var caller = context.Context;
        foreach (var group in GroupsOf(caller.User))
        {
            await context.Hub.Groups.AddToGroupAsync(caller.ConnectionId, group, caller.ConnectionAborted);
        }

        _open[caller.ConnectionId] = caller;
        await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _open.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    /// <summary>After the account was switched off or deleted (and that is saved).</summary>
    public Task EndAccountAsync(string accountId, CancellationToken cancellationToken) =>
        EndAsync(AccountGroup(accountId), user => user.FindFirstValue(ClaimTypes.NameIdentifier) == accountId, AccountEnded, cancellationToken);

    /// <summary>After the links of a seat were revoked (withdrawn, or another person put on it): the person who held
    /// them; the initiator's own connection (through their account) stays.</summary>
    public Task EndSeatAsync(Guid seatId, CancellationToken cancellationToken) =>
        EndAsync(SeatGroup(seatId), user => user.Participant()?.SeatId == seatId, SeatEnded, cancellationToken);

    private async Task EndAsync(string group, Func<ClaimsPrincipal, bool> whose, string message, CancellationToken cancellationToken)
    {
        await hub.Clients.Group(group).SendAsync(Message, message, cancellationToken);
        foreach (var connection in _open.Values.Where(c => c.User is { } user && whose(user)))
        {
            connection.Abort();
        }
    }

    private static IEnumerable<string> GroupsOf(ClaimsPrincipal? user)
    {
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is { } accountId)
        {
            yield return AccountGroup(accountId);
        }

        if (user?.Participant() is { } participant)
        {
            yield return SeatGroup(participant.SeatId);
        }
    }

    private static string AccountGroup(string accountId) => $"account:{accountId}";

    private static string SeatGroup(Guid seatId) => $"participant-seat:{seatId}";
}
