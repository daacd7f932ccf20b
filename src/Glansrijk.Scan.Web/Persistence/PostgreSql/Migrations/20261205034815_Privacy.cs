using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Privacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Scans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetentionNoticeSentAt",
                table: "Scans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ScanId",
                table: "OutboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SeatId",
                table: "OutboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ScanId",
                table: "OutboxMessages",
                column: "ScanId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SeatId",
                table: "OutboxMessages",
                column: "SeatId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_ScanId",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_SeatId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Scans");

            migrationBuilder.DropColumn(
                name: "RetentionNoticeSentAt",
                table: "Scans");

            migrationBuilder.DropColumn(
                name: "ScanId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "SeatId",
                table: "OutboxMessages");
        }
    }
}
