using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Dialogs2AfspraakStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "Afspraken",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StartDate",
                table: "Afspraken");
        }
    }
}
