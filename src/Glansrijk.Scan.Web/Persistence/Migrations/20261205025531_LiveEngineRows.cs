using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LiveEngineRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VotingRounds_LiveSessionId",
                table: "VotingRounds");

            migrationBuilder.CreateIndex(
                name: "IX_VotingRounds_LiveSessionId_ItemId_Number",
                table: "VotingRounds",
                columns: new[] { "LiveSessionId", "ItemId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VotingRounds_LiveSessionId_ItemId_Number",
                table: "VotingRounds");

            migrationBuilder.CreateIndex(
                name: "IX_VotingRounds_LiveSessionId",
                table: "VotingRounds",
                column: "LiveSessionId");
        }
    }
}
