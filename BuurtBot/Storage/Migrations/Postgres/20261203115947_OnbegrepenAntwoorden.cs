using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OnbegrepenAntwoorden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AntwoordVoorstellen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Where = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Family = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Locale = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Meaning = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MeaningTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AntwoordVoorstellen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OnbegrepenAntwoorden",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Where = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Locale = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ChoicesJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnbegrepenAntwoorden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnbegrepenAntwoorden_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnbegrepenOptIn",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnbegrepenOptIn", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OnbegrepenAntwoorden_AtUtc",
                table: "OnbegrepenAntwoorden",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OnbegrepenAntwoorden_ConversationId",
                table: "OnbegrepenAntwoorden",
                column: "ConversationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AntwoordVoorstellen");

            migrationBuilder.DropTable(
                name: "OnbegrepenAntwoorden");

            migrationBuilder.DropTable(
                name: "OnbegrepenOptIn");
        }
    }
}
