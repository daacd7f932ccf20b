using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glansrijk.Scan.Web.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NextYearScan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PreviousScanId",
                table: "Scans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scans_PreviousScanId",
                table: "Scans",
                column: "PreviousScanId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scans_PreviousScanId",
                table: "Scans");

            migrationBuilder.DropColumn(
                name: "PreviousScanId",
                table: "Scans");
        }
    }
}
