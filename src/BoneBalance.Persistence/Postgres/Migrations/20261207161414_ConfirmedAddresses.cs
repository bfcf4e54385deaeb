using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneBalance.Data.Persistence.Postgres.Migrations
{
    /// <summary>
    /// Accounts registered before addresses were confirmed by email count as confirmed: they were accepted under the rules
    /// of their day, and with mail configured an unconfirmed account cannot sign in (it would lock its owner out).
    /// </summary>
    public partial class ConfirmedAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"EmailConfirmed\" = TRUE;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: which accounts were confirmed before is not known.
        }
    }
}
