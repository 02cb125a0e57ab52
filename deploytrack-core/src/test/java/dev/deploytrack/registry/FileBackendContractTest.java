package dev.deploytrack.registry;

/** The backend contract on the file backend, {@code deployments/registry.json}. */
class FileBackendContractTest extends RegistryBackendContract {

    @Override
    RegistryService newService() {
        return RegistryService.open(repository, RegistrySettings.defaults(), null, clock);
    }
}
