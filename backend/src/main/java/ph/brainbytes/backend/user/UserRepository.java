package ph.brainbytes.backend.user;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(String role);

    /** {@code text} is matched literally (LIKE wildcards escaped by the caller) against e-mail and name. */
    @Query("""
            select u from User u
            where (:role is null or u.role = :role)
              and (:text is null
                   or lower(u.email) like :text escape '\\'
                   or lower(u.displayName) like :text escape '\\')
            """)
    Page<User> search(String role, String text, Pageable page);
}
