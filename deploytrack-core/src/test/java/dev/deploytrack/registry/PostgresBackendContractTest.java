package dev.deploytrack.registry;

import java.util.Map;

/** The backend contract on PostgreSQL (skipped without a server; required in CI, see {@link TestPostgres}). */
class PostgresBackendContractTest extends RegistryBackendContract {

    private TestPostgres database;

    @Override
    RegistryService newService() throws Exception {
        database = TestPostgres.schema();
        return RegistryService.open(repository, RegistrySettings.defaults(), database.url(), Map.of(),
                repository::resolve, clock);
    }

    @Override
    void cleanUp() throws Exception {
        if (database != null) {
            database.close();
        }
    }
}
