public import ArgumentParser
import Dossier
import DossierRender

extension EntityKind: ArgumentParser.ExpressibleByArgument {}
extension RelationKind: ArgumentParser.ExpressibleByArgument {}
extension QueryFilter.Direction: ArgumentParser.ExpressibleByArgument {}
extension RenderFormat: ArgumentParser.ExpressibleByArgument {}
extension LayoutEngine: ArgumentParser.ExpressibleByArgument {}
extension PageSize: ArgumentParser.ExpressibleByArgument {
    init?(argument: String) { self.init(paper: argument) }
}
