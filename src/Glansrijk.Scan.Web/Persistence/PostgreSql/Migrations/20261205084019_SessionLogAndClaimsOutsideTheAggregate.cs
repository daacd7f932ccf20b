using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SessionLogAndClaimsOutsideTheAggregate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The tables stay as they are. Only the model changed: the session's log and its handled command ids are
            // no longer owned by the session aggregate, so loading a session for its states leaves them out.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo in the tables.
        }
    }
}
