package fi.palvelupiste.kiosk.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class DiskSpaceTest {

    @TempDir
    Path data;

    private final AtomicLong free = new AtomicLong(DataSize.ofGigabytes(2).toBytes());
    private final StorageProperties settings = new StorageProperties(DataSize.ofMegabytes(200), DataSize.ofMegabytes(2),
            Duration.ofSeconds(1));

    @Test
    void a_reserve_is_kept_while_there_is_room_and_given_up_when_the_disk_fills() throws Exception {
        DiskSpace disk = new DiskSpace(data, settings, directory -> free.get());
        Path reserve = data.resolve(DiskSpace.RESERVE_FILE);

        assertThat(disk.check()).isEqualTo(DiskSpace.State.ENOUGH);
        assertThat(Files.size(reserve)).isEqualTo(DataSize.ofMegabytes(2).toBytes());

        free.set(DataSize.ofMegabytes(150).toBytes());
        assertThat(disk.check()).isEqualTo(DiskSpace.State.LOW);
        assertThat(reserve).doesNotExist();
        assertThat(disk.freeBytes()).isEqualTo(DataSize.ofMegabytes(150).toBytes());

        free.set(DataSize.ofMegabytes(201).toBytes());
        assertThat(disk.check()).isEqualTo(DiskSpace.State.ENOUGH);
        assertThat(reserve).as("not rewritten while that would make the disk low again").doesNotExist();

        free.set(DataSize.ofGigabytes(1).toBytes());
        disk.check();
        assertThat(reserve).exists();
    }
}
