using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProgressMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LiveSessions_ScanId_SessionNumber",
                table: "LiveSessions");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "LiveSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgreedInProgressMeetingOn",
                table: "AgendaActionUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_ScanId_Kind_SessionNumber",
                table: "LiveSessions",
                columns: new[] { "ScanId", "Kind", "SessionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LiveSessions_ScanId_Kind_SessionNumber",
                table: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "AgreedInProgressMeetingOn",
                table: "AgendaActionUpdates");

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_ScanId_SessionNumber",
                table: "LiveSessions",
                columns: new[] { "ScanId", "SessionNumber" },
                unique: true);
        }
    }
}
